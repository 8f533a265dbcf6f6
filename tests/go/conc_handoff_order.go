package main

import (
	"fmt"
	"strings"
)

// The interleaving is recorded in memory and printed at the end: printing from both
// goroutines as it happens lets a slow write to stdout hand the processor over.
func main() {
	var log []string
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range ch {
			log = append(log, fmt.Sprint("  recv ", v))
		}
		done <- true
	}()
	for i := 0; i < 3; i++ {
		log = append(log, fmt.Sprint("send ", i))
		ch <- i
		log = append(log, fmt.Sprint("sent ", i))
	}
	close(ch)
	<-done
	fmt.Println(strings.Join(log, "\n"))
}
