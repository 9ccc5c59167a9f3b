package io.frameworkadvisor.admin.matrix;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.frameworkadvisor.admin.matrix.OptionForm.MustHaveForm;

import org.springframework.validation.BindingResult;

/**
 * The checks on an option's weights and must-haves that Bean Validation cannot express:
 * each weight blank or a number above 0 and at most 100; each must-have with a criterion
 * of the topic, once, and a minimum score 0–10.
 */
final class OptionValidation {

	private OptionValidation() {
	}

	static void validate(OptionForm form, List<String> criteria, BindingResult result) {
		for (Map.Entry<String, String> weight : form.getWeights().entrySet()) {
			String field = "weights[" + weight.getKey() + "]";
			if (!criteria.contains(weight.getKey())) {
				result.reject("admin.matrix.error.unknownCriterion", new Object[] { weight.getKey() }, null);
			}
			else if (weight.getValue() != null && !weight.getValue().isBlank()
					&& !inRange(weight.getValue(), false, 100)) {
				result.rejectValue(field, "admin.matrix.error.weight");
			}
		}
		Set<String> seen = new HashSet<>();
		List<MustHaveForm> mustHaves = form.getMustHaves();
		for (int i = 0; i < mustHaves.size(); i++) {
			MustHaveForm mustHave = mustHaves.get(i);
			if (mustHave.isBlank()) {
				continue;
			}
			if (mustHave.getCriterion() == null || !criteria.contains(mustHave.getCriterion())) {
				result.rejectValue("mustHaves[" + i + "].criterion", "admin.matrix.error.choice");
			}
			else if (!seen.add(mustHave.getCriterion())) {
				result.rejectValue("mustHaves[" + i + "].criterion", "admin.matrix.error.duplicateMustHave");
			}
			if (mustHave.getMinScore() == null || !inRange(mustHave.getMinScore(), true, 10)) {
				result.rejectValue("mustHaves[" + i + "].minScore", "admin.matrix.error.score");
			}
		}
	}

	private static boolean inRange(String text, boolean zeroAllowed, int max) {
		try {
			BigDecimal value = new BigDecimal(text.strip());
			return (zeroAllowed ? value.signum() >= 0 : value.signum() > 0)
					&& value.compareTo(BigDecimal.valueOf(max)) <= 0 && value.scale() <= 2;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
