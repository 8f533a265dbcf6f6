package main

import (
	"fmt"
	"sync"
)

// Cache maps keys to values. Many goroutines use it at the same time: mu
// guards data, readers share it (RLock), writers hold it alone (Lock).
type Cache struct {
	mu   sync.RWMutex
	data map[string]string
}

func NewCache() *Cache {
	return &Cache{data: make(map[string]string)}
}

// Get returns the value stored under key, if any.
func (c *Cache) Get(key string) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[key]
	return v, ok
}

// Set stores value under key, replacing any earlier value.
func (c *Cache) Set(key, value string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.data[key] = value
}

// Len reports how many keys the cache holds.
func (c *Cache) Len() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.data)
}

func main() {
	c := NewCache()
	c.Set("gopher", "blue")
	v, _ := c.Get("gopher")
	fmt.Println("gopher is", v, "- keys:", c.Len())
}
