package io.frameworkadvisor.admin.matrix;

import java.util.stream.Collectors;

import io.frameworkadvisor.matrix.StillReferencedException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The flash messages of the matrix area: a notice after a saved change, and a refusal
 * that names what still refers to something an editor tried to delete.
 */
@Component
class Notices {

	static final String NOTICE = "notice";

	static final String REFUSAL = "refusal";

	private final MessageSource messages;

	Notices(MessageSource messages) {
		this.messages = messages;
	}

	void saved(RedirectAttributes redirect, String code, Object... args) {
		redirect.addFlashAttribute(NOTICE, this.messages.getMessage(code, args, LocaleContextHolder.getLocale()));
	}

	void failed(RedirectAttributes redirect, String code, Object... args) {
		redirect.addFlashAttribute(REFUSAL, this.messages.getMessage(code, args, LocaleContextHolder.getLocale()));
	}

	void refused(RedirectAttributes redirect, StillReferencedException refusal) {
		String referrers = refusal.referrers()
			.stream()
			.map(referrer -> this.messages.getMessage("admin.matrix.ref." + referrer.kind(),
					new Object[] { referrer.count(), String.join(", ", referrer.names()) },
					LocaleContextHolder.getLocale()))
			.collect(Collectors.joining("; "));
		redirect.addFlashAttribute(REFUSAL, this.messages.getMessage("admin.matrix.refused",
				new Object[] { refusal.entityId(), referrers }, LocaleContextHolder.getLocale()));
	}

}
