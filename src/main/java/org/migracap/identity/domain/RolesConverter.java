package org.migracap.identity.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.Role;

@Converter
class RolesConverter implements AttributeConverter<Set<Role>, String> {

	@Override
	public String convertToDatabaseColumn(@Nullable Set<Role> roles) {
		return roles == null ? "" : roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

	@Override
	public Set<Role> convertToEntityAttribute(@Nullable String column) {
		EnumSet<Role> roles = EnumSet.noneOf(Role.class);
		if (column != null && !column.isBlank()) {
			Arrays.stream(column.split(",")).map(String::trim).map(Role::valueOf).forEach(roles::add);
		}
		return roles;
	}

}
