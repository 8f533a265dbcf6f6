package main

import (
	"fmt"
	"sync"
	"testing"
)

func TestReadersAndWritersTogether(t *testing.T) {
	c := NewCache()
	c.Set("config", "v0")
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := range 20 {
			c.Set("config", fmt.Sprint("v", i+1))
		}
	})
	for range 4 {
		wg.Go(func() {
			for range 20 {
				if v, ok := c.Get("config"); !ok || v == "" {
					t.Errorf(`Get("config") = %q, %v while it is being updated`, v, ok)
				}
				_ = c.Len()
			}
		})
	}
	wg.Wait()
	if v, _ := c.Get("config"); v != "v20" {
		t.Errorf("final value %q, want v20", v)
	}
}
