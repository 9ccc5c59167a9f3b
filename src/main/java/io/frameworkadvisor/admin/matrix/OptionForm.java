package io.frameworkadvisor.admin.matrix;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.frameworkadvisor.matrix.QuestionEditor.MustHaveRow;
import io.frameworkadvisor.matrix.QuestionEditor.OptionRow;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An answer option with a weight per criterion (blank: no weight) and its must-haves. A
 * JavaBean rather than a record because it binds a map ({@code weights[cold_start]}) and
 * a list of rows ({@code mustHaves[0].minScore}); numbers stay text here so that each bad
 * one gets its own field error ({@link OptionValidation}).
 */
class OptionForm {

	@NotBlank(message = "{admin.matrix.error.required}")
	@Pattern(regexp = "[a-z0-9][a-z0-9_]{0,62}", message = "{admin.matrix.error.identifier}")
	private String key = "";

	@NotBlank(message = "{admin.matrix.error.required}")
	@Size(max = 300, message = "{admin.matrix.error.tooLong}")
	private String label = "";

	@Size(max = 2000, message = "{admin.matrix.error.tooLong}")
	private String help = "";

	@Size(max = 5000, message = "{admin.matrix.error.tooLong}")
	private String weightBasis = "";

	@NotNull(message = "{admin.matrix.error.required}")
	@Min(value = 0, message = "{admin.matrix.error.position}")
	@Max(value = 9999, message = "{admin.matrix.error.position}")
	private Integer position = 0;

	private Map<String, String> weights = new LinkedHashMap<>();

	private List<MustHaveForm> mustHaves = new ArrayList<>();

	private Long version;

	static OptionForm of(OptionRow row) {
		OptionForm form = new OptionForm();
		form.key = row.key();
		form.label = row.label();
		form.help = row.help();
		form.weightBasis = row.weightBasis();
		form.position = row.position();
		form.version = row.version();
		row.weights().forEach((criterion, weight) -> form.weights.put(criterion, weight.toPlainString()));
		row.mustHaves()
			.forEach(mustHave -> form.mustHaves
				.add(new MustHaveForm(mustHave.criterion(), mustHave.minScore().toPlainString(), mustHave.reason())));
		return form;
	}

	/** Adds the empty row that lets an editor add one more must-have. */
	OptionForm withBlankMustHave() {
		if (this.mustHaves.stream().noneMatch(MustHaveForm::isBlank)) {
			this.mustHaves.add(new MustHaveForm("", "", ""));
		}
		return this;
	}

	/** Call after {@link OptionValidation} found no errors. */
	OptionRow toRow() {
		Map<String, BigDecimal> weightValues = new LinkedHashMap<>();
		this.weights.forEach((criterion, weight) -> {
			if (weight != null && !weight.isBlank()) {
				weightValues.put(criterion, new BigDecimal(weight.strip()));
			}
		});
		List<MustHaveRow> rows = this.mustHaves.stream()
			.filter(mustHave -> !mustHave.isBlank())
			.map(mustHave -> new MustHaveRow(mustHave.getCriterion(), new BigDecimal(mustHave.getMinScore().strip()),
					(mustHave.getReason() != null) ? mustHave.getReason().strip() : ""))
			.toList();
		return new OptionRow(0, this.key, this.label, nonNull(this.help), nonNull(this.weightBasis), this.position,
				(this.version != null) ? this.version : -1, weightValues, rows);
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

	public String getKey() {
		return this.key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public String getHelp() {
		return this.help;
	}

	public void setHelp(String help) {
		this.help = help;
	}

	public String getWeightBasis() {
		return this.weightBasis;
	}

	public void setWeightBasis(String weightBasis) {
		this.weightBasis = weightBasis;
	}

	public Integer getPosition() {
		return this.position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

	public Map<String, String> getWeights() {
		return this.weights;
	}

	public void setWeights(Map<String, String> weights) {
		this.weights = weights;
	}

	public List<MustHaveForm> getMustHaves() {
		return this.mustHaves;
	}

	public void setMustHaves(List<MustHaveForm> mustHaves) {
		this.mustHaves = mustHaves;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/** One must-have row: criterion key, minimum score (text), reason. */
	public static class MustHaveForm {

		private String criterion;

		private String minScore;

		private String reason;

		public MustHaveForm() {
		}

		MustHaveForm(String criterion, String minScore, String reason) {
			this.criterion = criterion;
			this.minScore = minScore;
			this.reason = reason;
		}

		boolean isBlank() {
			return (this.criterion == null || this.criterion.isBlank())
					&& (this.minScore == null || this.minScore.isBlank());
		}

		public String getCriterion() {
			return this.criterion;
		}

		public void setCriterion(String criterion) {
			this.criterion = criterion;
		}

		public String getMinScore() {
			return this.minScore;
		}

		public void setMinScore(String minScore) {
			this.minScore = minScore;
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

}
