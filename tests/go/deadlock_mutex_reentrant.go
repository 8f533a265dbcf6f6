package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu   sync.Mutex
	data map[string]string
}

func (c *Cache) Get(k string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.data[k]
	return v, ok
}

// GetOrSet calls Get while holding the lock: sync.Mutex is not reentrant.
func (c *Cache) GetOrSet(k, v string) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if old, ok := c.Get(k); ok {
		return old
	}
	c.data[k] = v
	return v
}

func main() {
	c := &Cache{data: map[string]string{"a": "1"}}
	v, ok := c.Get("a")
	fmt.Println(v, ok)
	fmt.Println(c.GetOrSet("b", "2"))
}
