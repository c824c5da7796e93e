package org.migracap.reference.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.Access;
import org.migracap.reference.ReferenceApi;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * World country geometry (Natural Earth 1:110m) for choropleth maps, with each feature named by its ISO alpha-3 code
 * so that map series can be keyed by country code.
 */
@RestController
class GeoController {

	private final ReferenceApi reference;

	private final JsonMapper json = JsonMapper.builder().build();

	private volatile byte @Nullable [] world;

	GeoController(ReferenceApi reference) {
		this.reference = reference;
	}

	@GetMapping(path = "/geo/world.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Access(anonymous = true)
	ResponseEntity<byte[]> world() throws IOException {
		byte[] body = world;
		if (body == null) {
			body = build();
			world = body;
		}
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic()).body(body);
	}

	private byte[] build() throws IOException {
		try (InputStream in = new ClassPathResource("reference/geo/countries-110m.geojson").getInputStream()) {
			JsonNode root = json.readTree(in);
			for (JsonNode feature : root.get("features")) {
				JsonNode id = feature.get("id");
				String iso3 = id == null ? null : reference.country(id.asString()).map(c -> c.iso3()).orElse(null);
				ObjectNode properties = (ObjectNode) feature.get("properties");
				properties.put("label", properties.get("name").asString());
				properties.put("name", iso3 != null ? iso3 : "-" + properties.get("name").asString());
			}
			return json.writeValueAsBytes(root);
		}
	}

}
