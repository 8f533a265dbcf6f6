package main

import (
	"fmt"
	"sync"
	"time"
)

type Cache struct {
	mu   sync.RWMutex
	data map[string]string
}

func (c *Cache) Get(k string) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k, v string) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	c := &Cache{data: map[string]string{}}
	var wg sync.WaitGroup
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Set(fmt.Sprint("k", i), fmt.Sprint("v", i))
		}()
	}
	wg.Wait()
	var readers sync.WaitGroup
	var mu sync.Mutex
	inside, most := 0, 0
	for i := range 10 {
		readers.Add(1)
		go func() {
			defer readers.Done()
			c.mu.RLock()
			mu.Lock()
			inside++
			most = max(most, inside)
			mu.Unlock()
			time.Sleep(50 * time.Millisecond)
			_, _ = c.data[fmt.Sprint("k", i%5)]
			mu.Lock()
			inside--
			mu.Unlock()
			c.mu.RUnlock()
		}()
	}
	readers.Wait()
	v, ok := c.Get("k3")
	fmt.Println(v, ok, len(c.data), "most readers:", most)
}
