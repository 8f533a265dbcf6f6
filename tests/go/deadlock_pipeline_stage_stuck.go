package main

import (
	"fmt"
	"strings"
	"sync"
)

func upper(in <-chan string, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for s := range in {
		out <- strings.ToUpper(s)
	}
	close(out)
}

func exclaim(in <-chan string, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for s := range in {
		out <- s + "!"
	}
	// Bug: out is never closed.
}

func main() {
	words := make(chan string)
	mid := make(chan string)
	final := make(chan string, 10)
	var wg sync.WaitGroup
	wg.Add(2)
	go upper(words, mid, &wg)
	go exclaim(mid, final, &wg)
	for _, w := range []string{"go", "chan", "lab"} {
		words <- w
	}
	close(words)
	var got []string
	for s := range final {
		got = append(got, s)
		if len(got) == 3 {
			fmt.Println(got)
		}
	}
	wg.Wait()
}
