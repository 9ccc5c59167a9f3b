package io.frameworkadvisor.home;

import io.frameworkadvisor.evidence.EvidenceService;
import io.frameworkadvisor.evidence.EvidenceViews.Overview;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The landing page: what Framework Advisor does, what evidence it holds (counted from the
 * database) and where to start.
 */
@Controller
class HomeController {

	static final String HOME_VIEW = "home/index";

	private final EvidenceService evidence;

	HomeController(EvidenceService evidence) {
		this.evidence = evidence;
	}

	@ModelAttribute("overview")
	Overview overview() {
		return this.evidence.overview();
	}

	@GetMapping("/")
	String home() {
		return HOME_VIEW;
	}

}
