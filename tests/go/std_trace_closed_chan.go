// Closing a closed channel and sending on one are ordinary runtime panics: a deferred
// recover stops them. The last one happens in a goroutine's deferred call after it
// recovered a failed type assertion, so both panics are printed, the first [recovered].
package main

import (
	"fmt"
	"time"
)

func attempt(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	ch := make(chan string, 2)
	ch <- "kept"
	close(ch)
	attempt("close", func() { close(ch) })
	attempt("send", func() { ch <- "lost" })
	fmt.Println(<-ch, len(ch))

	done := make(chan struct{})
	go func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("worker recovered:", r)
				close(done)
				close(done)
			}
		}()
		var v any = "text"
		fmt.Println(v.(int) + 1)
	}()
	time.Sleep(time.Millisecond)
	<-done
	fmt.Println("not reached")
}
