package io.frameworkadvisor.evidence;

import io.frameworkadvisor.evidence.EvidenceService.SourceDetail;
import io.frameworkadvisor.evidence.EvidenceViews.DatasetDetail;
import io.frameworkadvisor.evidence.EvidenceViews.MetricComparison;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The evidence pages: every source and dataset, one dataset with its methodology, one
 * source with its claims, and one metric across sources. Unknown keys are 404s (a
 * {@link io.frameworkadvisor.system.NotFoundException} from the service).
 */
@Controller
class EvidenceController {

	static final String INDEX_VIEW = "evidence/index";

	static final String DATASET_VIEW = "evidence/dataset";

	static final String SOURCE_VIEW = "evidence/source";

	static final String METRIC_VIEW = "evidence/metric";

	private final EvidenceService evidence;

	EvidenceController(EvidenceService evidence) {
		this.evidence = evidence;
	}

	@GetMapping("/evidence")
	String index(Model model) {
		model.addAttribute("overview", this.evidence.overview());
		return INDEX_VIEW;
	}

	@GetMapping("/evidence/{slug}")
	String dataset(@PathVariable String slug, Model model) {
		DatasetDetail dataset = this.evidence.dataset(slug);
		model.addAttribute("dataset", dataset);
		model.addAttribute("charts", dataset.metrics().stream().map(BarChart::of).toList());
		return DATASET_VIEW;
	}

	@GetMapping("/evidence/sources/{key}")
	String source(@PathVariable String key, Model model) {
		SourceDetail source = this.evidence.source(key);
		model.addAttribute("detail", source);
		return SOURCE_VIEW;
	}

	@GetMapping("/evidence/topics/{topic}/metrics/{metric}")
	String metric(@PathVariable String topic, @PathVariable String metric, Model model) {
		MetricComparison comparison = this.evidence.compareMetric(topic, metric);
		model.addAttribute("comparison", comparison);
		model.addAttribute("chart", comparison.datasets().isEmpty() ? null : BarChart.of(comparison));
		return METRIC_VIEW;
	}

}
