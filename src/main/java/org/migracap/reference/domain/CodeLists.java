package org.migracap.reference.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.TabularFile;
import org.migracap.reference.CodeItem;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;

/**
 * Read-only code lists shipped as files, held in memory: the 23 GCM objectives ({@code gcm}), the six SDG 10.7.2
 * policy domains ({@code sdg-10-7-2}) and the IATI 2.03 code lists ({@code iati-<Name>}, e.g. {@code iati-Sector}).
 * Names are in English, with the French of the IATI lists where they have one.
 */
@Service
public class CodeLists {

	public static final String GCM = "gcm";

	public static final String SDG_10_7_2 = "sdg-10-7-2";

	public static final String IATI_PREFIX = "iati-";

	private static final String IATI_PATTERN = "classpath*:reference/iati/codelists-*/*.xml";

	/** The lists read from the class path: they change only with a new release, so no stamp is needed. */
	private final Cache cache;

	private volatile @Nullable Map<String, Resource> iatiFiles;

	CodeLists(CacheManager caches) {
		this.cache = Objects.requireNonNull(caches.getCache("reference.code-lists"));
	}

	public List<String> names() {
		List<String> names = new ArrayList<>(List.of(GCM, SDG_10_7_2));
		iatiFiles().keySet().stream().sorted().map(name -> IATI_PREFIX + name).forEach(names::add);
		return names;
	}

	public Optional<List<CodeItem>> list(String name) {
		if (!names().contains(name)) {
			return Optional.empty();
		}
		return Optional.of(Objects.requireNonNull(cache.get(name, () -> load(name))));
	}

	public Optional<CodeItem> item(String list, String code) {
		return list(list).flatMap(items -> items.stream().filter(item -> item.code().equals(code)).findFirst());
	}

	private List<CodeItem> load(String name) {
		if (name.equals(GCM)) {
			return csv(name, "reference/gcm/gcm-objectives.csv", "objective", "title");
		}
		if (name.equals(SDG_10_7_2)) {
			return csv(name, "reference/sdg/sdg-10-7-2-domains.csv", "domain", "name");
		}
		Resource file = iatiFiles().get(name.substring(IATI_PREFIX.length()));
		try (InputStream in = file.getInputStream()) {
			return iati(name, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<CodeItem> csv(String list, String path, String codeColumn, String nameColumn) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return TabularFile.read(path, in, codeColumn, nameColumn)
				.lines()
				.stream()
				.map(line -> new CodeItem(list, line.get(codeColumn), line.get(nameColumn), null, null, true))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Map<String, Resource> iatiFiles() {
		Map<String, Resource> files = iatiFiles;
		if (files == null) {
			try {
				Map<String, Resource> found = new TreeMap<>();
				for (Resource resource : new PathMatchingResourcePatternResolver().getResources(IATI_PATTERN)) {
					String filename = resource.getFilename();
					if (filename != null && !filename.equals("codelist.xsd") && filename.endsWith(".xml")) {
						found.put(filename.substring(0, filename.length() - 4), resource);
					}
				}
				files = Map.copyOf(found);
				iatiFiles = files;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return files;
	}

	static List<CodeItem> iati(String list, InputStream in) {
		try {
			XMLInputFactory factory = XMLInputFactory.newFactory();
			factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			XMLStreamReader xml = factory.createXMLStreamReader(in);
			List<CodeItem> items = new ArrayList<>();
			String code = null;
			String name = null;
			String description = null;
			String category = null;
			boolean active = true;
			String section = null;
			boolean inItem = false;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String element = xml.getLocalName();
					switch (element) {
						case "codelist-item" -> {
							inItem = true;
							code = null;
							name = null;
							description = null;
							category = null;
							active = !"withdrawn".equals(xml.getAttributeValue(null, "status"));
						}
						case "name", "description" -> section = element;
						case "code" -> {
							if (inItem) {
								code = xml.getElementText().trim();
							}
						}
						case "category" -> {
							if (inItem) {
								category = xml.getElementText().trim();
							}
						}
						case "narrative" -> {
							String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
							String text = xml.getElementText().trim();
							if (inItem && (lang == null || lang.toLowerCase(Locale.ROOT).equals("en"))) {
								if ("name".equals(section) && name == null) {
									name = text;
								}
								else if ("description".equals(section) && description == null) {
									description = text;
								}
							}
						}
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					String element = xml.getLocalName();
					if (element.equals("codelist-item") && code != null) {
						items.add(new CodeItem(list, code, name == null ? code : name, description, category, active));
						inItem = false;
					}
					else if (element.equals("name") || element.equals("description")) {
						section = null;
					}
				}
			}
			return List.copyOf(items);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot read code list " + list, ex);
		}
	}

}
