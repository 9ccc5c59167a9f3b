package io.frameworkadvisor.admin.evidence;

import java.io.Serializable;
import java.util.List;

import io.frameworkadvisor.evidence.EvidenceEditException;
import io.frameworkadvisor.evidence.EvidenceInUseException;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The flash message after a change (PRG): a message key with its arguments, whether it is
 * a warning, and the topic whose draft a change of measurements affects (the page then
 * links to the draft, which shows the derived scores it changes).
 */
record Notice(String key, List<String> arguments, boolean warning, String draftTopic) implements Serializable {

	static final String ATTRIBUTE = "notice";

	static void saved(RedirectAttributes redirect, String key, String... arguments) {
		redirect.addFlashAttribute(ATTRIBUTE, new Notice(key, List.of(arguments), false, null));
	}

	static void measurementsChanged(RedirectAttributes redirect, String topic, String key, String... arguments) {
		redirect.addFlashAttribute(ATTRIBUTE, new Notice(key, List.of(arguments), false, topic));
	}

	/** Deletion refused: says what refers to the evidence. */
	static void refused(RedirectAttributes redirect, EvidenceInUseException ex) {
		String cells = ex.cells().isEmpty() ? "—" : String.join(", ", ex.cells());
		String versions = ex.versions().isEmpty() ? "—"
				: String.join(", ", ex.versions().stream().map(String::valueOf).toList());
		redirect.addFlashAttribute(ATTRIBUTE, new Notice("evidence.delete.refused", List.of(ex.what(),
				String.valueOf(ex.cells().size()), cells, String.valueOf(ex.versions().size()), versions), true, null));
	}

	/** A rule the service checks, shown next to its field. */
	static void reject(BindingResult result, EvidenceEditException ex) {
		result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
	}

}
