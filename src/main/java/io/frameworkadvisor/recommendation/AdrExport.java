package io.frameworkadvisor.recommendation;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.frameworkadvisor.recommendation.RecommendationService.Shared;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Writes a recommendation as a Markdown architecture decision record (MADR layout) from
 * the text template {@code templates/recommendation/adr.md}, with its words from the
 * message bundles like every page.
 */
@Component
class AdrExport {

	static final String TEMPLATE = "recommendation/adr.md";

	private final SpringTemplateEngine templates;

	AdrExport(SpringTemplateEngine templates) {
		this.templates = templates;
	}

	String write(Shared shared, String site, Locale locale) {
		Context context = new Context(locale, Map.of("adr", AdrView.of(shared, site), "site", site));
		return this.templates.process(TEMPLATE, context);
	}

	/**
	 * Resolves {@code *.md} templates in text mode, ahead of Boot's HTML resolver (which
	 * would look for {@code adr.md.html}).
	 */
	@Configuration(proxyBeanMethods = false)
	static class MarkdownTemplates {

		@Bean
		ClassLoaderTemplateResolver markdownTemplateResolver() {
			ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
			resolver.setPrefix("templates/");
			resolver.setTemplateMode(TemplateMode.TEXT);
			resolver.setResolvablePatterns(Set.of("*.md"));
			resolver.setCharacterEncoding("UTF-8");
			resolver.setCacheable(true);
			resolver.setCheckExistence(true);
			resolver.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return resolver;
		}

	}

}
