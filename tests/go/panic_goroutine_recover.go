package main

import (
	"fmt"
	"strings"
	"sync"
)

var log []string

func safeGo(wg *sync.WaitGroup, id int, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				log = append(log, fmt.Sprintf("goroutine %d recovered: %v", id, r))
			}
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	safeGo(&wg, 1, func() { panic("one") })
	safeGo(&wg, 2, func() { log = append(log, "two is fine") })
	safeGo(&wg, 3, func() { var a []int; a[0]++ })
	wg.Wait()
	fmt.Println(strings.Join(log, "\n"))
	fmt.Println("main survives")
}
