package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Clock interface{ Now() time.Time }

type fakeClock struct{ t time.Time }

func (c *fakeClock) Now() time.Time          { return c.t }
func (c *fakeClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

type item[V any] struct {
	val     V
	expires time.Time
}

type TTLCache[K comparable, V any] struct {
	mu    sync.RWMutex
	ttl   time.Duration
	clock Clock
	items map[K]item[V]
	stats struct{ hits, misses, expired int }
}

func NewTTLCache[K comparable, V any](ttl time.Duration, c Clock) *TTLCache[K, V] {
	return &TTLCache[K, V]{ttl: ttl, clock: c, items: make(map[K]item[V])}
}

func (c *TTLCache[K, V]) Set(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[k] = item[V]{v, c.clock.Now().Add(c.ttl)}
}

func (c *TTLCache[K, V]) Get(k K) (v V, ok bool) {
	c.mu.RLock()
	it, found := c.items[k]
	c.mu.RUnlock()
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case !found:
		c.stats.misses++
	case !c.clock.Now().Before(it.expires):
		c.stats.expired++
		delete(c.items, k)
	default:
		c.stats.hits++
		return it.val, true
	}
	return v, false
}

func (c *TTLCache[K, V]) Keys() []K {
	c.mu.RLock()
	defer c.mu.RUnlock()
	keys := make([]K, 0, len(c.items))
	for k := range c.items {
		keys = append(keys, k)
	}
	return keys
}

type userID int

type profile struct {
	Name  string
	Roles []string
}

func main() {
	clk := &fakeClock{time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	c := NewTTLCache[userID, profile](time.Minute, clk)
	c.Set(1, profile{"ann", []string{"admin"}})
	c.Set(2, profile{"bob", nil})
	p, ok := c.Get(1)
	fmt.Printf("%+v %v\n", p, ok)
	clk.Advance(30 * time.Second)
	c.Set(3, profile{Name: "cy"})
	clk.Advance(30 * time.Second)
	_, ok1 := c.Get(1)
	p3, ok3 := c.Get(3)
	_, ok4 := c.Get(4)
	fmt.Println(ok1, p3.Name, ok3, ok4)
	keys := c.Keys()
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	fmt.Println(keys)
	fmt.Printf("%+v\n", c.stats)

	words := NewTTLCache[string, int](time.Second, clk)
	var wg sync.WaitGroup
	for i, w := range []string{"a", "b", "c", "a"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			words.Set(w, i)
		}()
	}
	wg.Wait()
	fmt.Println(len(words.Keys()))
	fmt.Printf("%T %T\n", c, words.items)
}
