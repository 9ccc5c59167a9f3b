package io.frameworkadvisor.api;

import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.ser.std.StdSerializer;

import org.springframework.stereotype.Component;

/**
 * The evidence references of a recommendation, resolved and written as JSON once per
 * matrix version. A recommendation's body is mostly evidence (about 85% of it), and the
 * same lists recur in every recommendation of a version, since a reason lists the
 * evidence of every candidate's cell on its criterion; serialising them again for every
 * request was the largest part of answering {@code POST
 * /api/v1/topics/{topic}/recommendations}. A version never changes, so a list is keyed by
 * topic, version and ids and never goes stale.
 */
@Component
class EvidenceLists {

	/**
	 * A version has a few dozen distinct lists (one per criterion, disagreement and
	 * pairing), of a few KB each for the seeded topic; a criterion derived from hundreds
	 * of datasets lists hundreds of measurements (bench/README.md, "Scaling with the
	 * data"). When the lists kept pass this size, they are all dropped and written anew
	 * as they are asked for.
	 */
	static final long MAX_BYTES = 8L * 1024 * 1024;

	private final Map<Key, EvidenceList> cache = new ConcurrentHashMap<>();

	/** The JSON kept, in characters (about the bytes: the text is mostly ASCII). */
	private final AtomicLong size = new AtomicLong();

	private final JsonMapper jsonMapper;

	EvidenceLists(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/**
	 * The evidence with these ids in the pinned matrix version; ids that resolve to
	 * nothing are left out.
	 */
	List<EvidenceReference> of(List<String> ids, DecisionMatrix matrix) {
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		Key key = new Key(matrix.topicKey(), matrix.version(), List.copyOf(ids));
		EvidenceList cached = this.cache.get(key);
		if (cached != null) {
			return cached;
		}
		List<EvidenceReference> items = EvidenceReference.resolve(ids, matrix);
		String json = this.jsonMapper.writeValueAsString(items);
		EvidenceList list = new EvidenceList(items, json);
		if (this.size.addAndGet(json.length()) > MAX_BYTES) {
			this.cache.clear();
			this.size.set(json.length());
		}
		this.cache.put(key, list);
		return list;
	}

	private record Key(String topic, int version, List<String> ids) {
	}

	/** A resolved list that carries its own JSON. */
	static final class EvidenceList extends AbstractList<EvidenceReference> {

		private final List<EvidenceReference> items;

		private final SerializableString json;

		EvidenceList(List<EvidenceReference> items, String json) {
			this.items = List.copyOf(items);
			SerializedString serialized = new SerializedString(json);
			// encode once, here, rather than on the first request that writes it
			serialized.asUnquotedUTF8();
			this.json = serialized;
		}

		@Override
		public EvidenceReference get(int index) {
			return this.items.get(index);
		}

		@Override
		public int size() {
			return this.items.size();
		}

	}

	/**
	 * Writes an {@link EvidenceList} as the JSON it carries, any other list item by item.
	 */
	static final class Serializer extends StdSerializer<List<EvidenceReference>> {

		@SuppressWarnings("unchecked")
		public Serializer() {
			super((Class<List<EvidenceReference>>) (Class<?>) List.class);
		}

		@Override
		public void serialize(List<EvidenceReference> value, JsonGenerator gen, SerializationContext context) {
			if (value instanceof EvidenceList list) {
				gen.writeRawValue(list.json);
				return;
			}
			gen.writeStartArray(value, value.size());
			for (EvidenceReference item : value) {
				context.writeValue(gen, item);
			}
			gen.writeEndArray();
		}

	}

}
