// An RWMutex-guarded cache hit/miss with staggered goroutines (virtual time) and sync.Map operations.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Cache struct {
	mu     sync.RWMutex
	data   map[string]string
	hits   int
	misses int
}

func (c *Cache) Get(k string) (string, bool) {
	c.mu.RLock()
	v, ok := c.data[k]
	c.mu.RUnlock()
	c.mu.Lock()
	if ok {
		c.hits++
	} else {
		c.misses++
	}
	c.mu.Unlock()
	return v, ok
}

func (c *Cache) Set(k, v string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.data[k] = v
}

func slowLoad(k string) string {
	time.Sleep(10 * time.Millisecond)
	return "value-of-" + k
}

func main() {
	c := &Cache{data: map[string]string{}}
	var wg sync.WaitGroup
	keys := []string{"a", "b", "a", "c", "b", "a"}
	for i, k := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(i) * 40 * time.Millisecond)
			if v, ok := c.Get(k); ok {
				fmt.Printf("%d: hit %s=%s\n", i, k, v)
				return
			}
			v := slowLoad(k)
			c.Set(k, v)
			fmt.Printf("%d: miss %s, loaded\n", i, k)
		}()
	}
	wg.Wait()
	fmt.Println("hits", c.hits, "misses", c.misses)

	var sm sync.Map
	var wg2 sync.WaitGroup
	for i := range 5 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			actual, loaded := sm.LoadOrStore(i%3, i)
			_ = actual
			_ = loaded
		}()
	}
	wg2.Wait()
	var ks []string
	sm.Range(func(k, v any) bool {
		ks = append(ks, fmt.Sprint(k, ":", v))
		return true
	})
	sort.Strings(ks)
	fmt.Println(ks)
	v, ok := sm.LoadAndDelete(1)
	fmt.Println(v, ok)
	_, ok = sm.Load(1)
	prev, swapped := sm.Swap(2, "two")
	fmt.Println(ok, prev, swapped, sm.CompareAndSwap(2, "two", 22))
}
