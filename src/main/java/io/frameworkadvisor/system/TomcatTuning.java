package io.frameworkadvisor.system;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat settings that Boot has no property for. Pages here are 20–300 KB (the result
 * page carries its evidence inline); with Tomcat's default 8 KB socket write buffer each
 * one took a dozen or more socket writes. A 64 KB buffer sends most pages in one or two.
 * Memory cost: 64 KB per connection that is writing at the moment, not per idle
 * connection.
 */
@Configuration(proxyBeanMethods = false)
class TomcatTuning {

	static final int WRITE_BUFFER_BYTES = 64 * 1024;

	@Bean
	TomcatConnectorCustomizer largerSocketWriteBuffer() {
		return (connector) -> connector.setProperty("socket.appWriteBufSize", String.valueOf(WRITE_BUFFER_BYTES));
	}

}
