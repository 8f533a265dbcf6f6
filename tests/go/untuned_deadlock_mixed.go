// Deadlock: a method returns without unlocking, goroutines stuck on Lock, main on WaitGroup.Wait.
package main

import (
	"fmt"
	"sync"
)

type Inventory struct {
	mu    sync.Mutex
	items map[string]int
}

func (inv *Inventory) Reserve(name string, n int, done chan<- string) {
	inv.mu.Lock()
	inv.items[name] -= n
	if inv.items[name] < 0 {
		// oops: returns without unlocking
		done <- name + " oversold"
		return
	}
	inv.mu.Unlock()
	done <- name + " reserved"
}

func main() {
	inv := &Inventory{items: map[string]int{"apple": 3, "pear": 1}}
	done := make(chan string)
	orders := []struct {
		name string
		n    int
	}{{"apple", 2}, {"pear", 2}, {"apple", 1}, {"pear", 1}}
	for _, o := range orders {
		go inv.Reserve(o.name, o.n, done)
	}
	var wg sync.WaitGroup
	wg.Add(len(orders))
	go func() {
		for msg := range done {
			fmt.Println(msg)
			wg.Done()
		}
	}()
	wg.Wait()
	fmt.Println("all orders processed", inv.items)
}
