package io.frameworkadvisor.admin.audit;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The audit log: every change, newest first, filtered by entity type, entity id and
 * actor. A cell's history is
 * {@code /admin/audit?entity=score&id=topic/candidate/criterion}.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditEvents events;

	AuditController(AuditEvents events) {
		this.events = events;
	}

	@ModelAttribute("entityTypes")
	List<String> entityTypes() {
		return AuditFilter.ENTITY_TYPES;
	}

	@GetMapping("/admin/audit")
	String audit(@ModelAttribute("filter") AuditFilter filter, Model model, HttpServletResponse response) {
		List<String> problems = filter.problems();
		if (!problems.isEmpty()) {
			model.addAttribute("problems", problems);
			model.addAttribute("entries", List.of());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "admin/audit/index";
		}
		// One more than a page tells whether there is an older page, in the same query.
		List<AuditEntry> entries = this.events.page(filter, PAGE_SIZE + 1);
		boolean more = entries.size() > PAGE_SIZE;
		List<AuditEntry> page = more ? entries.subList(0, PAGE_SIZE) : entries;
		model.addAttribute("entries", page);
		model.addAttribute("olderLink", more ? filter.link(page.get(page.size() - 1).id()) : null);
		model.addAttribute("newestLink", (filter.beforeId() != null) ? filter.link(null) : null);
		return "admin/audit/index";
	}

}
