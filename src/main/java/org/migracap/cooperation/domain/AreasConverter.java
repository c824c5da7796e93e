package org.migracap.cooperation.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.migracap.reference.FocusArea;

/**
 * Stores a set of focus areas as their codes, space separated ("B C X").
 */
@Converter
class AreasConverter implements AttributeConverter<Set<FocusArea>, String> {

	@Override
	public String convertToDatabaseColumn(Set<FocusArea> areas) {
		return areas == null ? "" : areas.stream().sorted().map(FocusArea::name).collect(Collectors.joining(" "));
	}

	@Override
	public Set<FocusArea> convertToEntityAttribute(String text) {
		Set<FocusArea> areas = EnumSet.noneOf(FocusArea.class);
		if (text != null) {
			Arrays.stream(text.trim().split("\\s+")).filter(s -> !s.isEmpty()).map(FocusArea::of).forEach(areas::add);
		}
		return areas;
	}

}
