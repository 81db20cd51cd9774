package kz.oralman.model.json;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * A small, lossy cache of values computed from immutable keys, keyed by the key's identity: a slot per
 * identity hash, the newest entry wins its slot. Keys are held weakly, so that the cache keeps no
 * case alive. Thread-safe without locks: an entry is immutable, and a lost race only costs a
 * recomputation. Package-private.
 *
 * @param <K> the key type, whose instances must be immutable
 * @param <V> the value type
 */
final class IdentityCache<K, V> {
    private final AtomicReferenceArray<Entry<K, V>> slots;
    private final int mask;

    private record Entry<K, V>(WeakReference<K> key, V value) {
    }

    /** @param size the number of slots, a power of two */
    IdentityCache(int size) {
        if (Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("size " + size + " is not a power of two");
        }
        slots = new AtomicReferenceArray<>(size);
        mask = size - 1;
    }

    /** The cached value of {@code key}, or {@code compute}'s, which is then cached. */
    V get(K key, Function<K, V> compute) {
        int slot = mix(System.identityHashCode(key)) & mask;
        Entry<K, V> e = slots.get(slot);
        if (e != null && e.key().get() == key) {
            return e.value();
        }
        V value = compute.apply(key);
        slots.set(slot, new Entry<>(new WeakReference<>(key), value));
        return value;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }
}
