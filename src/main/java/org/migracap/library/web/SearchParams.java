package org.migracap.library.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.migracap.library.domain.SearchQuery;

/**
 * The request parameters of a library search, bound from the query string (repeated parameters for several values
 * of a facet), and the links that add or remove one facet value.
 */
public class SearchParams {

	private @Nullable String q;

	private List<String> country = new ArrayList<>();

	private List<String> region = new ArrayList<>();

	private List<String> area = new ArrayList<>();

	private List<String> kind = new ArrayList<>();

	private List<String> status = new ArrayList<>();

	private List<Integer> year = new ArrayList<>();

	private @Nullable String sort;

	private int page;

	private int size = SearchQuery.DEFAULT_SIZE;

	public SearchQuery toQuery() {
		return new SearchQuery(q, country, region, area, kind, status, year, sort, page, size);
	}

	/** The query string without the page, optionally with one facet value toggled. */
	public String queryString(@Nullable String facet, @Nullable String value) {
		List<String> parts = new ArrayList<>();
		add(parts, "q", q);
		addAll(parts, "country", toggled(country, "country", facet, value));
		addAll(parts, "region", toggled(region, "region", facet, value));
		addAll(parts, "area", toggled(area, "area", facet, value));
		addAll(parts, "kind", toggled(kind, "kind", facet, value));
		addAll(parts, "status", toggled(status, "status", facet, value));
		addAll(parts, "year", toggled(year.stream().map(String::valueOf).toList(), "year", facet, value));
		add(parts, "sort", sort);
		if (size != SearchQuery.DEFAULT_SIZE) {
			add(parts, "size", String.valueOf(size));
		}
		return String.join("&", parts);
	}

	private static List<String> toggled(List<String> values, String name, @Nullable String facet,
			@Nullable String value) {
		if (!name.equals(facet) || value == null) {
			return values;
		}
		List<String> copy = new ArrayList<>(values);
		if (!copy.removeIf(v -> v.equalsIgnoreCase(value))) {
			copy.add(value);
		}
		return copy;
	}

	private static void add(List<String> parts, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

	private static void addAll(List<String> parts, String name, List<String> values) {
		values.forEach(v -> add(parts, name, v));
	}

	public boolean filtered() {
		return !(country.isEmpty() && region.isEmpty() && area.isEmpty() && kind.isEmpty() && status.isEmpty()
				&& year.isEmpty());
	}

	public @Nullable String getQ() {
		return q;
	}

	public void setQ(@Nullable String q) {
		this.q = q;
	}

	public List<String> getCountry() {
		return country;
	}

	public void setCountry(List<String> country) {
		this.country = country;
	}

	public List<String> getRegion() {
		return region;
	}

	public void setRegion(List<String> region) {
		this.region = region;
	}

	public List<String> getArea() {
		return area;
	}

	public void setArea(List<String> area) {
		this.area = area;
	}

	public List<String> getKind() {
		return kind;
	}

	public void setKind(List<String> kind) {
		this.kind = kind;
	}

	public List<String> getStatus() {
		return status;
	}

	public void setStatus(List<String> status) {
		this.status = status;
	}

	public List<Integer> getYear() {
		return year;
	}

	public void setYear(List<Integer> year) {
		this.year = year;
	}

	public @Nullable String getSort() {
		return sort;
	}

	public void setSort(@Nullable String sort) {
		this.sort = sort;
	}

	public int getPage() {
		return page;
	}

	public void setPage(int page) {
		this.page = page;
	}

	public int getSize() {
		return size;
	}

	public void setSize(int size) {
		this.size = size;
	}

}
