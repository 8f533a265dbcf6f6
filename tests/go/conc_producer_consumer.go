package main

import (
	"fmt"
	"strings"
)

func main() {
	var log []string
	buf := make(chan int, 2)
	done := make(chan struct{})
	go func() {
		for v := range buf {
			log = append(log, fmt.Sprint("consumed ", v))
		}
		close(done)
	}()
	for i := 0; i < 5; i++ {
		log = append(log, fmt.Sprint("producing ", i))
		buf <- i
	}
	close(buf)
	<-done
	fmt.Println(strings.Join(log, "\n"))
}
