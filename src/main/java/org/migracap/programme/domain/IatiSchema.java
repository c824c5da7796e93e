package org.migracap.programme.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.springframework.core.io.ClassPathResource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official IATI 2.03 activity schema ({@code iati-activities-schema.xsd}, which includes {@code iati-common.xsd}
 * and imports {@code xml.xsd}), shipped in {@code reference/iati/schemas-2.03/}, and validation of files against it.
 */
public final class IatiSchema {

	public static final String LOCATION = "reference/iati/schemas-2.03/iati-activities-schema.xsd";

	private static volatile Schema schema;

	private IatiSchema() {
	}

	static Schema schema() {
		Schema loaded = schema;
		if (loaded == null) {
			try {
				URL url = new ClassPathResource(LOCATION).getURL();
				SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
				loaded = factory.newSchema(url);
				schema = loaded;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (SAXException ex) {
				throw new IllegalStateException("The shipped IATI schema cannot be read", ex);
			}
		}
		return loaded;
	}

	/** Every schema violation in the file, with its line and column; empty when the file is valid. */
	public static List<String> problems(byte[] xml) {
		List<String> problems = new ArrayList<>();
		try {
			Validator validator = schema().newValidator();
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			validator.setErrorHandler(new ErrorHandler() {
				@Override
				public void warning(SAXParseException ex) {
				}

				@Override
				public void error(SAXParseException ex) {
					problems.add(ex.getLineNumber() + ":" + ex.getColumnNumber() + " " + ex.getMessage());
				}

				@Override
				public void fatalError(SAXParseException ex) {
					problems.add(ex.getLineNumber() + ":" + ex.getColumnNumber() + " " + ex.getMessage());
				}
			});
			validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
		}
		catch (SAXException ex) {
			if (problems.isEmpty()) {
				problems.add(ex.getMessage());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return problems;
	}

}
