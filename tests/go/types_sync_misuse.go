package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func main() {
	var wg sync.WaitGroup
	wg.Add()
	wg.Add("1")
	var mu sync.Mutex
	mu.Lock(1)
	c := Counter{}
	c.mu.Unlock = nil
	var once sync.Once
	once.Do(func() int { return 1 })
	fmt.Println(c, mu.TryLock)
	wg.Wait(true)
}
