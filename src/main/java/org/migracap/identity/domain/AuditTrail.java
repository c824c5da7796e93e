package org.migracap.identity.domain;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;

import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;
import org.migracap.platform.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail: revisions filtered by user, record type and time, and for one revision each changed record
 * with its values before and after.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final EntityManager entities;

	AuditTrail(JdbcClient jdbc, EntityManager entities) {
		this.jdbc = jdbc;
		this.entities = entities;
	}

	public record RevisionSummary(long id, Instant changedAt, String username, List<String> types,
			@Nullable String tokenName) {
	}

	public record FieldChange(String field, @Nullable String before, @Nullable String after) {
	}

	public record RecordChange(String type, String id, String change, List<FieldChange> fields) {
	}

	public record RevisionDetail(RevisionSummary revision, List<RecordChange> records) {
	}

	public record Filter(@Nullable String user, @Nullable String type, @Nullable Instant from, @Nullable Instant to) {
	}

	@Transactional(readOnly = true)
	public Page<RevisionSummary> revisions(Filter filter, Pageable pageable) {
		String where = """
				where (:user = '' or lower(r.username) = lower(:user))
				  and (:type = '' or exists (select 1 from audit.revision_entity e where e.revision_id = r.id
				                             and lower(e.entity_name) like lower(:typePattern)))
				  and r.changed_at >= :from and r.changed_at < :to""";
		String user = filter.user() == null ? "" : filter.user().trim();
		String type = filter.type() == null ? "" : filter.type().trim();
		Timestamp from = Timestamp.from(filter.from() == null ? Instant.EPOCH : filter.from());
		Timestamp to = Timestamp.from(filter.to() == null ? Instant.parse("9999-01-01T00:00:00Z") : filter.to());
		long total = jdbc.sql("select count(*) from audit.revision r " + where)
			.param("user", user)
			.param("type", type)
			.param("typePattern", "%." + type)
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single();
		List<RevisionSummary> rows = jdbc
			.sql("select r.id, r.changed_at, r.username, r.token_name from audit.revision r " + where
					+ " order by r.id desc limit :limit offset :offset")
			.param("user", user)
			.param("type", type)
			.param("typePattern", "%." + type)
			.param("from", from)
			.param("to", to)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, i) -> new RevisionSummary(rs.getLong("id"), rs.getTimestamp("changed_at").toInstant(),
					rs.getString("username"), List.of(), rs.getString("token_name")))
			.list()
			.stream()
			.map(r -> new RevisionSummary(r.id(), r.changedAt(), r.username(), types(r.id()), r.tokenName()))
			.toList();
		return new PageImpl<>(rows, pageable, total);
	}

	private List<String> types(long revision) {
		return jdbc.sql("select entity_name from audit.revision_entity where revision_id = :id order by entity_name")
			.param("id", revision)
			.query(String.class)
			.list()
			.stream()
			.map(AuditTrail::simpleName)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<String> recordTypes() {
		return jdbc.sql("select distinct entity_name from audit.revision_entity")
			.query(String.class)
			.list()
			.stream()
			.map(AuditTrail::simpleName)
			.sorted()
			.toList();
	}

	@Transactional(readOnly = true)
	public RevisionDetail revision(long id) {
		RevisionSummary summary = jdbc
			.sql("select id, changed_at, username, token_name from audit.revision where id = :id")
			.param("id", id)
			.query((rs, i) -> new RevisionSummary(rs.getLong("id"), rs.getTimestamp("changed_at").toInstant(),
					rs.getString("username"), types(id), rs.getString("token_name")))
			.optional()
			.orElseThrow(() -> NotFoundException.of("revision", id));
		AuditReader reader = AuditReaderFactory.get(entities);
		List<RecordChange> records = new ArrayList<>();
		List<String> names = jdbc.sql("select entity_name from audit.revision_entity where revision_id = :id")
			.param("id", id)
			.query(String.class)
			.list();
		for (String name : names) {
			Class<?> type = entityClass(name);
			if (type == null) {
				continue;
			}
			@SuppressWarnings("unchecked")
			List<Object[]> rows = reader.createQuery()
				.forRevisionsOfEntity(type, false, true)
				.add(AuditEntity.revisionNumber().eq(id))
				.getResultList();
			for (Object[] row : rows) {
				Object after = row[0];
				RevisionType change = (RevisionType) row[2];
				Object entityId = entities.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(after);
				Object before = change == RevisionType.ADD ? null : previous(reader, type, entityId, id);
				records.add(new RecordChange(simpleName(name), String.valueOf(entityId), change.name(),
						diff(type, before, change == RevisionType.DEL ? null : after)));
			}
		}
		return new RevisionDetail(summary, records);
	}

	/**
	 * The changes made to a record since the given version of it, field by field: what a user who edited that
	 * version needs to see when somebody else saved first.
	 */
	@Transactional(readOnly = true)
	public List<FieldChange> changesSince(Class<?> type, Object entityId, long version) {
		AuditReader reader = AuditReaderFactory.get(entities);
		@SuppressWarnings("unchecked")
		List<Object> then = reader.createQuery()
			.forRevisionsOfEntity(type, true, true)
			.add(AuditEntity.id().eq(entityId))
			.add(AuditEntity.property("version").eq(version))
			.getResultList();
		Object now = entities.find(type, entityId);
		if (then.isEmpty() || now == null) {
			return List.of();
		}
		return diff(type, then.get(0), now).stream().filter(c -> !c.field().equals("version")).toList();
	}

	private static @Nullable Object previous(AuditReader reader, Class<?> type, Object entityId, long revision) {
		@SuppressWarnings("unchecked")
		List<Object> before = reader.createQuery()
			.forRevisionsOfEntity(type, true, true)
			.add(AuditEntity.id().eq(entityId))
			.add(AuditEntity.revisionNumber().lt(revision))
			.addOrder(AuditEntity.revisionNumber().desc())
			.setMaxResults(1)
			.getResultList();
		return before.isEmpty() ? null : before.get(0);
	}

	private List<FieldChange> diff(Class<?> type, @Nullable Object before, @Nullable Object after) {
		EntityType<?> entity = entities.getMetamodel().entity(type);
		List<FieldChange> changes = new ArrayList<>();
		for (Attribute<?, ?> attribute : entity.getAttributes()) {
			if (!(attribute instanceof SingularAttribute<?, ?> singular) || singular.isId()
					|| attribute.isAssociation() || attribute.isCollection()) {
				continue;
			}
			if (singular.getPersistentAttributeType() == Attribute.PersistentAttributeType.EMBEDDED) {
				Object b = value(attribute, before);
				Object a = value(attribute, after);
				for (Attribute<?, ?> part : entities.getMetamodel().embeddable(singular.getJavaType()).getAttributes()) {
					add(changes, attribute.getName() + "." + part.getName(), read(part, b), read(part, a));
				}
				continue;
			}
			add(changes, attribute.getName(), read(attribute, before), read(attribute, after));
		}
		return changes;
	}

	private static void add(List<FieldChange> changes, String field, @Nullable String before,
			@Nullable String after) {
		if (!Objects.equals(after, before)) {
			changes.add(new FieldChange(field, before, after));
		}
	}

	private static @Nullable Object value(Attribute<?, ?> attribute, @Nullable Object target) {
		if (target == null || !(attribute.getJavaMember() instanceof Field field)) {
			return null;
		}
		try {
			field.setAccessible(true);
			return field.get(target);
		}
		catch (IllegalAccessException ex) {
			return null;
		}
	}

	private static @Nullable String read(Attribute<?, ?> attribute, @Nullable Object target) {
		if (target == null) {
			return null;
		}
		Member member = attribute.getJavaMember();
		if (!(member instanceof Field field)) {
			return null;
		}
		try {
			field.setAccessible(true);
			Object value = field.get(target);
			if (value instanceof Collection<?> collection) {
				return collection.stream().map(String::valueOf).sorted().toList().toString();
			}
			return value == null ? null : String.valueOf(value);
		}
		catch (IllegalAccessException ex) {
			return null;
		}
	}

	private @Nullable Class<?> entityClass(String name) {
		return entities.getMetamodel()
			.getEntities()
			.stream()
			.map(EntityType::getJavaType)
			.filter(type -> type.getName().equals(name))
			.findFirst()
			.orElse(null);
	}

	static String simpleName(String name) {
		return name.substring(name.lastIndexOf('.') + 1);
	}

}
