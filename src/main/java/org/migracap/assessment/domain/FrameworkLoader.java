package org.migracap.assessment.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.migracap.platform.StartupData;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads and publishes the shipped frameworks (the MigraCap core framework and SDG 10.7.2) when their version is not
 * in the database yet. A published version is never touched again.
 */
@Component
class FrameworkLoader implements StartupData {

	static final List<String> FILES = List.of("assessment/frameworks/migracap-core-v1.json",
			"assessment/frameworks/sdg-10-7-2-v1.json");

	private final FrameworkService frameworks;

	FrameworkLoader(FrameworkService frameworks) {
		this.frameworks = frameworks;
	}

	@Override
	public String name() {
		return "assessment-frameworks";
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public String version() {
		return StartupData.checksum(FILES.toArray(String[]::new));
	}

	@Override
	public void load() {
		for (String file : FILES) {
			frameworks.loadShipped(read(file), "migracap");
		}
	}

	static FrameworkDocument read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return FrameworkService.JSON.readValue(in, FrameworkDocument.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
