package main

import (
	"fmt"
	"runtime"
	"strings"
)

func main() {
	var log []string
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			for j := 0; j < 2; j++ {
				log = append(log, fmt.Sprint("g ", i, " step ", j))
				runtime.Gosched()
			}
			done <- true
		}()
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	fmt.Println(strings.Join(log, "\n"))
	fmt.Println(runtime.NumGoroutine())
}
