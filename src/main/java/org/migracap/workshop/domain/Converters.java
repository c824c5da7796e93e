package org.migracap.workshop.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.jspecify.annotations.Nullable;
import org.migracap.reference.FocusArea;

/**
 * Small sets and lists stored as comma-separated text: focus areas ({@code B,X}), language codes in order
 * ({@code en,fr}) and record ids ({@code 4,7}).
 */
final class Converters {

	private Converters() {
	}

	static List<String> split(@Nullable String column) {
		if (column == null || column.isBlank()) {
			return new ArrayList<>();
		}
		return Arrays.stream(column.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(ArrayList::new));
	}

	@Converter
	static class Areas implements AttributeConverter<Set<FocusArea>, String> {

		@Override
		public String convertToDatabaseColumn(@Nullable Set<FocusArea> areas) {
			return areas == null ? "" : areas.stream().map(FocusArea::name).sorted().collect(Collectors.joining(","));
		}

		@Override
		public Set<FocusArea> convertToEntityAttribute(@Nullable String column) {
			EnumSet<FocusArea> areas = EnumSet.noneOf(FocusArea.class);
			split(column).forEach(code -> areas.add(FocusArea.of(code)));
			return areas;
		}

	}

	@Converter
	static class Codes implements AttributeConverter<List<String>, String> {

		@Override
		public String convertToDatabaseColumn(@Nullable List<String> codes) {
			return codes == null ? "" : String.join(",", codes);
		}

		@Override
		public List<String> convertToEntityAttribute(@Nullable String column) {
			return split(column);
		}

	}

	@Converter
	static class Ids implements AttributeConverter<List<Long>, String> {

		@Override
		public String convertToDatabaseColumn(@Nullable List<Long> ids) {
			return ids == null ? "" : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
		}

		@Override
		public List<Long> convertToEntityAttribute(@Nullable String column) {
			return split(column).stream().map(Long::valueOf).collect(Collectors.toCollection(ArrayList::new));
		}

	}

}
