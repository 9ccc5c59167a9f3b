package io.frameworkadvisor.system;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat settings that Boot has no property for. Pages here are 20–300 KB (the result
 * page carries its evidence inline); with Tomcat's default 8 KB socket write buffer each
 * one took a dozen or more socket writes. A 64 KB buffer sends most pages in one or two.
 * Memory cost: Tomcat gives every open connection its buffers (64 KB for writing, 8 KB
 * for reading) for as long as it stays open, idle keep-alive connections included: 500
 * open connections hold about 36 MB of heap, which jvm.options allows for.
 */
@Configuration(proxyBeanMethods = false)
class TomcatTuning {

	static final int WRITE_BUFFER_BYTES = 64 * 1024;

	@Bean
	TomcatConnectorCustomizer largerSocketWriteBuffer() {
		return (connector) -> connector.setProperty("socket.appWriteBufSize", String.valueOf(WRITE_BUFFER_BYTES));
	}

}
