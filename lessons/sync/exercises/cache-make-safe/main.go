package main

import "fmt"

// Cache maps keys to values. Many goroutines use it at the same time.
type Cache struct {
	data map[string]string
}

func NewCache() *Cache {
	return &Cache{data: make(map[string]string)}
}

// Get returns the value stored under key, if any.
func (c *Cache) Get(key string) (string, bool) {
	v, ok := c.data[key]
	return v, ok
}

// Set stores value under key, replacing any earlier value.
func (c *Cache) Set(key, value string) {
	c.data[key] = value
}

// Len reports how many keys the cache holds.
func (c *Cache) Len() int {
	return len(c.data)
}

func main() {
	c := NewCache()
	c.Set("gopher", "blue")
	v, _ := c.Get("gopher")
	fmt.Println("gopher is", v, "- keys:", c.Len())
}
