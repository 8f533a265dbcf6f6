package main

import (
	"fmt"
	"sync"
)

func show(wg *sync.WaitGroup, label string, v int) {
	defer wg.Done()
	fmt.Println(label, v)
}

func main() {
	var wg sync.WaitGroup
	x := 1
	wg.Add(1)
	go show(&wg, "arg evaluated at go:", x)
	x = 2
	wg.Wait()
	y := 10
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("closure sees:", y)
	}()
	y = 20
	wg.Wait()
	type T struct{ n int }
	t := T{1}
	wg.Add(1)
	go func(t T) {
		defer wg.Done()
		fmt.Println("copy:", t.n)
	}(t)
	t.n = 2
	wg.Wait()
}
