package main

import (
	"fmt"
	"sync"
)

func safeGo(wg *sync.WaitGroup, id int, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				fmt.Printf("goroutine %d recovered: %v\n", id, r)
			}
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	safeGo(&wg, 1, func() { panic("one") })
	safeGo(&wg, 2, func() { fmt.Println("two is fine") })
	safeGo(&wg, 3, func() { var a []int; a[0]++ })
	wg.Wait()
	fmt.Println("main survives")
}
