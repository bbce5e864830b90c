package org.sendias.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.calendar.HolidayCalendar;
import org.sendias.calendar.SchoolCalendar;
import org.sendias.calendar.WorkingDayCalendar;
import org.sendias.casework.Case;
import org.sendias.casework.CaseSnapshot;
import org.sendias.conflicts.AnnualDeclaration;
import org.sendias.conflicts.Declaration;
import org.sendias.conflicts.DeclarationRegister;
import org.sendias.conflicts.Gift;
import org.sendias.conflicts.GiftsRegister;
import org.sendias.conflicts.RegisterSettings;
import org.sendias.consent.ConsentLedger;
import org.sendias.consent.ConsentRecord;
import org.sendias.consent.SafeguardingDisclosure;
import org.sendias.deadline.EventType;
import org.sendias.deadline.ExceptionRecord;
import org.sendias.deadline.OrderKind;
import org.sendias.deadline.ProcessHistory;
import org.sendias.deadline.ProcessType;
import org.sendias.deadline.TransferKind;
import org.sendias.encryption.FieldCipher;

/**
 * Writes the domain's values as JSON and reads them back, exactly. Records are written component by component and
 * rebuilt through their canonical constructors, so a stored value passes the same validation as a new one. A value
 * whose declared type is a sealed interface names its record by simple name ({@code "@type"}). The few classes
 * that are not records (the case, its consent ledger and process histories, the registers, calendars) are written
 * through their public factories. Maps are written as arrays of {@code [key, value]} pairs, since their keys are
 * ids or enums rather than strings.
 *
 * <p>A Json {@link #sealed} with a tenant's keys writes the components {@link FieldSeal} covers encrypted, as
 * {@code {"@enc": "enc:v1:<keyId>:..."}}; any Json reads such a component back only if it is sealed, and otherwise
 * fails saying so.
 */
final class Json {
    private static final String TYPE = "@type";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The key of the object that stands for an encrypted component. */
    private static final String ENCRYPTED = "@enc";

    private final Map<Class<?>, RecordShape> shapes;
    private final Map<Class<?>, Map<String, Class<?>>> subtypes;
    private final Map<Class<?>, Adapter<?>> adapters = new HashMap<>();
    private final Function<String, WorkingDayCalendar> holidayCalendars;
    /** One tenant's keys when writing and reading encrypted components; {@code null} without field encryption. */
    private final FieldSeal seal;

    /** How a non-record class is written and read. */
    private interface Adapter<T> {
        JsonNode write(T value);

        T read(JsonNode node);
    }

    /**
     * A record class's components, accessors and canonical constructor; for each component, the field name its
     * encrypted values are bound to and whether field encryption covers it.
     */
    private record RecordShape(RecordComponent[] components, Method[] accessors, Constructor<?> constructor,
            String[] fields, boolean[] covered) {
    }

    /**
     * @param holidayCalendars the public-holiday calendar for a stored name (a school calendar names the public
     *     holidays it is built on)
     */
    Json(Function<String, WorkingDayCalendar> holidayCalendars) {
        this(holidayCalendars, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), null);
    }

    private Json(Function<String, WorkingDayCalendar> holidayCalendars, Map<Class<?>, RecordShape> shapes,
            Map<Class<?>, Map<String, Class<?>>> subtypes, FieldSeal seal) {
        this.holidayCalendars = holidayCalendars;
        this.shapes = shapes;
        this.subtypes = subtypes;
        this.seal = seal;
        adapt(Case.class, c -> toNode(c.snapshot(), CaseSnapshot.class),
            n -> Case.restore((CaseSnapshot) fromNode(n, CaseSnapshot.class)));
        adapt(ConsentLedger.class, this::writeLedger, this::readLedger);
        adapt(ProcessHistory.class, this::writeHistory, this::readHistory);
        adapt(WorkingDayCalendar.class, this::writeCalendar, this::readCalendar);
        adapt(SchoolCalendar.class, this::writeCalendar, n -> (SchoolCalendar) readCalendar(n));
        adapt(HolidayCalendar.class, this::writeCalendar, n -> (HolidayCalendar) readCalendar(n));
        adapt(DeclarationRegister.class, this::writeDeclarations, this::readDeclarations);
        adapt(GiftsRegister.class, this::writeGifts, this::readGifts);
    }

    /**
     * @param with one tenant's keys
     * @return a Json that writes the covered components encrypted under the current key and reads them with any
     *     of the keys; it shares this one's caches
     */
    Json sealed(FieldSeal with) {
        return new Json(holidayCalendars, shapes, subtypes, with);
    }

    private <T> void adapt(Class<T> type, Function<T, JsonNode> write, Function<JsonNode, T> read) {
        adapters.put(type, new Adapter<T>() {
            @Override
            public JsonNode write(T value) {
                return write.apply(value);
            }

            @Override
            public T read(JsonNode node) {
                return read.apply(node);
            }
        });
    }

    /**
     * @param value a value
     * @param type its declared type
     * @return its JSON text
     */
    String write(Object value, Type type) {
        try {
            return MAPPER.writeValueAsString(toNode(value, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a value could not be written as JSON", e);
        }
    }

    /**
     * @param <T> the type
     * @param json JSON text written by {@link #write}
     * @param type the declared type
     * @return the value
     */
    @SuppressWarnings("unchecked")
    <T> T read(String json, Class<T> type) {
        try {
            return (T) fromNode(MAPPER.readTree(json), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON could not be parsed", e);
        }
    }

    // ---- writing

    @SuppressWarnings({"unchecked", "rawtypes"})
    JsonNode toNode(Object value, Type declared) {
        if (value == null) {
            return NullNode.instance;
        }
        Class<?> raw = rawType(declared);
        if (value instanceof Optional<?> o) {
            return o.isPresent() ? toNode(o.get(), argument(declared, 0)) : NullNode.instance;
        }
        if (value instanceof OptionalInt o) {
            return o.isPresent() ? NODES.numberNode(o.getAsInt()) : NullNode.instance;
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal
                || value instanceof BigInteger || value instanceof Short || value instanceof Byte) {
            return NODES.textNode(value.toString());
        }
        if (value instanceof Enum<?> e) {
            return NODES.textNode(e.name());
        }
        if (value instanceof UUID || value instanceof LocalDate || value instanceof Instant
                || value instanceof LocalDateTime || value instanceof LocalTime || value instanceof Year
                || value instanceof YearMonth || value instanceof MonthDay || value instanceof Duration
                || value instanceof Period || value instanceof ZoneId) {
            return NODES.textNode(value.toString());
        }
        Adapter adapter = adapterFor(raw, value.getClass());
        if (adapter != null) {
            return adapter.write(value);
        }
        if (value instanceof Collection<?> c) {
            ArrayNode array = NODES.arrayNode(c.size());
            Type element = argument(declared, 0);
            for (Object item : c) {
                array.add(toNode(item, element));
            }
            return array;
        }
        if (value instanceof Map<?, ?> m) {
            ArrayNode array = NODES.arrayNode(m.size());
            Type key = argument(declared, 0);
            Type val = argument(declared, 1);
            for (Map.Entry<?, ?> e : m.entrySet()) {
                ArrayNode pair = NODES.arrayNode(2);
                pair.add(toNode(e.getKey(), key));
                pair.add(toNode(e.getValue(), val));
                array.add(pair);
            }
            return array;
        }
        if (value instanceof Record r) {
            RecordShape shape = shape(r.getClass());
            ObjectNode object = NODES.objectNode();
            if (r.getClass() != raw) {
                object.put(TYPE, r.getClass().getSimpleName());
            }
            for (int i = 0; i < shape.components().length; i++) {
                Object component;
                try {
                    component = shape.accessors()[i].invoke(r);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + r.getClass().getName() + "."
                        + shape.components()[i].getName(), e);
                }
                JsonNode node = toNode(component, shape.components()[i].getGenericType());
                if (seal != null && shape.covered()[i] && !node.isNull()) {
                    node = NODES.objectNode().put(ENCRYPTED, seal.seal(shape.fields()[i], text(node)));
                }
                object.set(shape.components()[i].getName(), node);
            }
            return object;
        }
        throw new IllegalStateException("no JSON form for " + value.getClass().getName());
    }

    private Adapter<?> adapterFor(Class<?> declared, Class<?> actual) {
        Adapter<?> adapter = adapters.get(declared);
        return adapter != null ? adapter : adapters.get(actual);
    }

    // ---- reading

    Object fromNode(JsonNode node, Type declared) {
        Class<?> raw = rawType(declared);
        if (raw == Optional.class) {
            return node == null || node.isNull() ? Optional.empty()
                : Optional.of(fromNode(node, argument(declared, 0)));
        }
        if (raw == OptionalInt.class) {
            return node == null || node.isNull() ? OptionalInt.empty() : OptionalInt.of(node.intValue());
        }
        if (node == null || node.isNull()) {
            if (raw.isPrimitive()) {
                throw new IllegalStateException("stored JSON lacks a value of type " + raw.getName());
            }
            return null;
        }
        if (raw == String.class) {
            return node.textValue();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return node.booleanValue();
        }
        if (raw == int.class || raw == Integer.class) {
            return node.intValue();
        }
        if (raw == long.class || raw == Long.class) {
            return node.longValue();
        }
        if (raw == double.class || raw == Double.class) {
            return Double.valueOf(node.textValue());
        }
        if (raw == float.class || raw == Float.class) {
            return Float.valueOf(node.textValue());
        }
        if (raw == short.class || raw == Short.class) {
            return Short.valueOf(node.textValue());
        }
        if (raw == byte.class || raw == Byte.class) {
            return Byte.valueOf(node.textValue());
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal(node.textValue());
        }
        if (raw == BigInteger.class) {
            return new BigInteger(node.textValue());
        }
        if (raw.isEnum()) {
            return enumValue(raw, node.textValue());
        }
        Object scalar = readScalar(raw, node);
        if (scalar != null) {
            return scalar;
        }
        Adapter<?> adapter = adapters.get(raw);
        if (adapter != null) {
            return adapter.read(node);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Type element = argument(declared, 0);
            Collection<Object> items = SortedSet.class.isAssignableFrom(raw) ? new TreeSet<>()
                : Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>(node.size());
            for (JsonNode item : node) {
                items.add(fromNode(item, element));
            }
            return items instanceof List<?> l ? Collections.unmodifiableList(l)
                : items instanceof SortedSet<?> s ? Collections.unmodifiableSortedSet(s)
                : Collections.unmodifiableSet((Set<?>) items);
        }
        if (Map.class.isAssignableFrom(raw)) {
            Type key = argument(declared, 0);
            Type val = argument(declared, 1);
            Map<Object, Object> map = SortedMap.class.isAssignableFrom(raw) ? new TreeMap<>() : new LinkedHashMap<>();
            for (JsonNode pair : node) {
                map.put(fromNode(pair.get(0), key), fromNode(pair.get(1), val));
            }
            return map instanceof SortedMap<Object, Object> s ? Collections.unmodifiableSortedMap(s)
                : Collections.unmodifiableMap(map);
        }
        Class<?> concrete = raw;
        if (!raw.isRecord()) {
            JsonNode type = node.get(TYPE);
            if (type == null) {
                throw new IllegalStateException("stored JSON for " + raw.getName() + " does not name its type");
            }
            concrete = subtype(raw, type.textValue());
        }
        return readRecord(concrete, node);
    }

    /** Decrypts an encrypted component's JSON, or says clearly why it cannot be read. */
    private JsonNode open(String field, String text) {
        if (seal == null) {
            throw new IllegalStateException("field " + field + " is stored encrypted"
                + (FieldCipher.isEncrypted(text) ? " under key " + FieldCipher.keyId(text) : "")
                + ", and this store has no field encryption: build it with fieldEncryption(keyProvider)");
        }
        if (text == null) {
            throw new IllegalStateException("field " + field + " is marked encrypted but holds no encrypted text");
        }
        try {
            return MAPPER.readTree(seal.open(field, text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("field " + field + " decrypted to text that is not JSON");
        }
    }

    private static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a value could not be written as JSON", e);
        }
    }

    private static Object readScalar(Class<?> raw, JsonNode node) {
        String text = node.textValue();
        if (raw == UUID.class) {
            return UUID.fromString(text);
        } else if (raw == LocalDate.class) {
            return LocalDate.parse(text);
        } else if (raw == Instant.class) {
            return Instant.parse(text);
        } else if (raw == LocalDateTime.class) {
            return LocalDateTime.parse(text);
        } else if (raw == LocalTime.class) {
            return LocalTime.parse(text);
        } else if (raw == Year.class) {
            return Year.parse(text);
        } else if (raw == YearMonth.class) {
            return YearMonth.parse(text);
        } else if (raw == MonthDay.class) {
            return MonthDay.parse(text);
        } else if (raw == Duration.class) {
            return Duration.parse(text);
        } else if (raw == Period.class) {
            return Period.parse(text);
        } else if (raw == ZoneId.class) {
            return ZoneId.of(text);
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    private Object readRecord(Class<?> type, JsonNode node) {
        RecordShape shape = shape(type);
        Object[] args = new Object[shape.components().length];
        for (int i = 0; i < args.length; i++) {
            RecordComponent c = shape.components()[i];
            JsonNode value = node.get(c.getName());
            if (value != null && value.isObject() && value.has(ENCRYPTED)) {
                value = open(shape.fields()[i], value.get(ENCRYPTED).textValue());
            } else if (seal != null && shape.covered()[i] && value != null && !value.isNull()) {
                seal.plaintextRead();
            }
            args[i] = fromNode(value, c.getGenericType());
        }
        try {
            return shape.constructor().newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("cannot rebuild " + type.getName(), e.getCause());
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot rebuild " + type.getName(), e);
        }
    }

    private RecordShape shape(Class<?> type) {
        return shapes.computeIfAbsent(type, t -> {
            if (!Modifier.isPublic(t.getModifiers())) {
                throw new IllegalStateException(t.getName() + " is not public, so it cannot be stored");
            }
            RecordComponent[] components = t.getRecordComponents();
            Method[] accessors = new Method[components.length];
            Class<?>[] types = new Class<?>[components.length];
            String[] fields = new String[components.length];
            boolean[] covered = new boolean[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                types[i] = components[i].getType();
                fields[i] = FieldSeal.field(t, components[i].getName());
                covered[i] = FieldSeal.covers(t, components[i].getName());
            }
            try {
                return new RecordShape(components, accessors, t.getDeclaredConstructor(types), fields, covered);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(t.getName() + " has no canonical constructor", e);
            }
        });
    }

    private Class<?> subtype(Class<?> declared, String name) {
        Map<String, Class<?>> bySimpleName = subtypes.computeIfAbsent(declared, d -> {
            Map<String, Class<?>> found = new HashMap<>();
            collectPermitted(d, found);
            return found;
        });
        Class<?> found = bySimpleName.get(name);
        if (found == null) {
            throw new IllegalStateException("stored JSON names " + name + ", which is not a kind of "
                + declared.getName());
        }
        return found;
    }

    private static void collectPermitted(Class<?> type, Map<String, Class<?>> found) {
        if (type.isRecord()) {
            found.put(type.getSimpleName(), type);
            return;
        }
        Class<?>[] permitted = type.getPermittedSubclasses();
        if (permitted == null) {
            throw new IllegalStateException(type.getName() + " is neither a record nor sealed, so it cannot be "
                + "stored");
        }
        for (Class<?> p : permitted) {
            collectPermitted(p, found);
        }
    }

    private static Class<?> rawType(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof WildcardType w) {
            return rawType(w.getUpperBounds()[0]);
        }
        throw new IllegalStateException("no JSON form for type " + type);
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalStateException("the element type of " + type + " is not known");
    }

    // ---- adapters for the classes that are not records

    private JsonNode writeLedger(ConsentLedger ledger) {
        ObjectNode node = NODES.objectNode();
        node.put("tenant", ledger.tenant().value());
        node.put("caseId", ledger.caseId().toString());
        node.set("records", list(ledger.records(), ConsentRecord.class));
        node.set("disclosures", list(ledger.disclosures(), SafeguardingDisclosure.class));
        return node;
    }

    private ConsentLedger readLedger(JsonNode node) {
        return ConsentLedger.of(TenantId.of(node.get("tenant").textValue()),
            CaseId.parse(node.get("caseId").textValue()), readList(node.get("records"), ConsentRecord.class),
            readList(node.get("disclosures"), SafeguardingDisclosure.class));
    }

    private JsonNode writeHistory(ProcessHistory history) {
        ObjectNode node = NODES.objectNode();
        node.put("process", history.process().name());
        ObjectNode events = node.putObject("events");
        history.events().forEach((event, date) -> events.put(event.name(), date.toString()));
        node.set("exceptions", list(history.exceptions(), ExceptionRecord.class));
        history.transferKind().ifPresent(k -> {
            node.put("transferKind", k.name());
            node.put("transferYear", history.transferYear().orElseThrow());
        });
        history.orderKind().ifPresent(k -> node.put("orderKind", k.name()));
        node.put("acknowledgementWorkingDays", history.acknowledgementWorkingDays());
        node.put("firstAppointmentWorkingDays", history.firstAppointmentWorkingDays());
        history.schoolCalendar().ifPresent(c -> node.set("schoolCalendar", writeCalendar(c)));
        return node;
    }

    private ProcessHistory readHistory(JsonNode node) {
        ProcessHistory h = ProcessHistory.of(ProcessType.valueOf(node.get("process").textValue()));
        if (node.hasNonNull("transferKind")) {
            h = h.withTransfer(TransferKind.valueOf(node.get("transferKind").textValue()),
                node.get("transferYear").intValue());
        }
        if (node.hasNonNull("orderKind")) {
            h = h.withOrderKind(OrderKind.valueOf(node.get("orderKind").textValue()));
        }
        int acknowledgement = node.get("acknowledgementWorkingDays").intValue();
        int firstAppointment = node.get("firstAppointmentWorkingDays").intValue();
        if (acknowledgement != h.acknowledgementWorkingDays() || firstAppointment != h.firstAppointmentWorkingDays()) {
            h = h.withServiceTargets(acknowledgement, firstAppointment);
        }
        if (node.hasNonNull("schoolCalendar")) {
            h = h.withSchoolCalendar(readCalendar(node.get("schoolCalendar")));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.get("events").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            h = h.with(EventType.valueOf(e.getKey()), LocalDate.parse(e.getValue().textValue()));
        }
        for (ExceptionRecord exception : readList(node.get("exceptions"), ExceptionRecord.class)) {
            h = h.withException(exception);
        }
        return h;
    }

    private JsonNode writeCalendar(WorkingDayCalendar calendar) {
        ObjectNode node = NODES.objectNode();
        if (calendar instanceof SchoolCalendar school) {
            node.put("kind", "school");
            node.set("terms", list(school.terms(), SchoolCalendar.Term.class));
            ArrayNode closed = node.putArray("closedDays");
            school.closedDays().stream().sorted().forEach(d -> closed.add(d.toString()));
            node.set("publicHolidays", writeCalendar(school.publicHolidays()));
            return node;
        }
        if (calendar instanceof HolidayCalendar holidays) {
            node.put("kind", "public-holidays");
            node.put("name", holidays.name());
            node.put("version", holidays.version());
            return node;
        }
        throw new IllegalStateException("a " + calendar.getClass().getName() + " cannot be stored: use a "
            + "SchoolCalendar or a HolidayCalendar");
    }

    private WorkingDayCalendar readCalendar(JsonNode node) {
        if ("school".equals(node.get("kind").textValue())) {
            List<LocalDate> closed = new ArrayList<>();
            node.get("closedDays").forEach(d -> closed.add(LocalDate.parse(d.textValue())));
            return SchoolCalendar.of(readList(node.get("terms"), SchoolCalendar.Term.class), closed,
                readCalendar(node.get("publicHolidays")));
        }
        return holidayCalendars.apply(node.get("name").textValue());
    }

    private JsonNode writeDeclarations(DeclarationRegister register) {
        ObjectNode node = NODES.objectNode();
        node.put("tenant", register.tenant().value());
        node.set("settings", toNode(register.settings(), RegisterSettings.class));
        node.set("declarations", list(register.all(), Declaration.class));
        node.set("annualDeclarations", list(register.annualDeclarations(), AnnualDeclaration.class));
        return node;
    }

    private DeclarationRegister readDeclarations(JsonNode node) {
        return DeclarationRegister.of(TenantId.of(node.get("tenant").textValue()),
            (RegisterSettings) fromNode(node.get("settings"), RegisterSettings.class),
            readList(node.get("declarations"), Declaration.class),
            readList(node.get("annualDeclarations"), AnnualDeclaration.class));
    }

    private JsonNode writeGifts(GiftsRegister register) {
        ObjectNode node = NODES.objectNode();
        node.put("tenant", register.tenant().value());
        node.set("settings", toNode(register.settings(), RegisterSettings.class));
        node.set("gifts", list(register.all(), Gift.class));
        return node;
    }

    private GiftsRegister readGifts(JsonNode node) {
        return GiftsRegister.of(TenantId.of(node.get("tenant").textValue()),
            (RegisterSettings) fromNode(node.get("settings"), RegisterSettings.class),
            readList(node.get("gifts"), Gift.class));
    }

    private ArrayNode list(List<?> items, Class<?> type) {
        ArrayNode array = NODES.arrayNode(items.size());
        for (Object item : items) {
            array.add(toNode(item, type));
        }
        return array;
    }

    private <T> List<T> readList(JsonNode node, Class<T> type) {
        List<T> items = new ArrayList<>(node.size());
        for (JsonNode item : node) {
            items.add(type.cast(fromNode(item, type)));
        }
        return items;
    }
}
