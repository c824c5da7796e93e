package org.migracap.identity.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.ApiList;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The query parameters of {@code GET /api/users}, as the server reads them and as the OpenAPI document describes them.
 */
public record UserListParameters(
		@Parameter(description = "Words in the user name, display name or e-mail address.", example = "focal") @Nullable String q,
		@Parameter(description = "Only focal points of this country (ISO 3166-1 alpha-3).", example = "KEN",
				schema = @Schema(pattern = "^[A-Za-z]{3}$")) @Nullable String country,
		@Parameter(description = "Page number, from 0.", schema = @Schema(minimum = "0", defaultValue = "0")) @Nullable Integer page,
		@Parameter(description = "Items per page, at most " + ApiList.MAX_SIZE + ".",
				schema = @Schema(minimum = "1", maximum = "" + ApiList.MAX_SIZE, defaultValue = "" + ApiList.DEFAULT_SIZE)) @Nullable Integer size,
		@Parameter(description = "Order: field,asc or field,desc. Default: username,asc.",
				schema = @Schema(allowableValues = { "username,asc", "username,desc", "displayName,asc",
						"displayName,desc", "email,asc", "email,desc", "lastLoginAt,asc", "lastLoginAt,desc" }))
		@Nullable String sort) {

	static final List<String> SORTS = List.of("username", "displayName", "email", "lastLoginAt");

	String words() {
		return q == null ? "" : q;
	}

	String countryCode() {
		return country == null ? "" : country.toUpperCase(Locale.ROOT);
	}

	PageRequest pageRequest() {
		ApiList list = ApiList.of(page, size, sort, SORTS);
		String field = list.field() == null ? "username" : list.field();
		Sort.Direction direction = list.descending() ? Sort.Direction.DESC : Sort.Direction.ASC;
		return PageRequest.of(list.page(), list.size(), Sort.by(direction, field, "id"));
	}

}
