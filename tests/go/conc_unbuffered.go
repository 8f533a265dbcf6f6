package main

import (
	"fmt"
	"strings"
)

// Every goroutine appends to one log, printed at the end: printing as it happens from
// several goroutines lets a slow write to stdout hand the processor to another one.
var log []string

func note(s string) { log = append(log, s) }

func main() {
	ch := make(chan string)
	go func() {
		note("goroutine: sending")
		ch <- "ping"
		note("goroutine: sent")
	}()
	note("main: receiving")
	msg := <-ch
	note("main: got " + msg)
	done := make(chan bool)
	go func() {
		note("worker running")
		done <- true
	}()
	<-done
	note("main: done")
	fmt.Println(strings.Join(log, "\n"))
}
