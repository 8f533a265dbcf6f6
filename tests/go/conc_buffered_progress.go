package main

import (
	"fmt"
	"strings"
)

// Events are recorded in memory and printed at the end (see conc_handoff_order.go).
func main() {
	var log []string
	ch := make(chan int, 3)
	done := make(chan struct{})
	go func() {
		for v := range ch {
			log = append(log, fmt.Sprintf("consume %d (len %d)", v, len(ch)))
		}
		close(done)
	}()
	for i := 0; i < 6; i++ {
		ch <- i
		log = append(log, fmt.Sprintf("produce %d (len %d)", i, len(ch)))
	}
	close(ch)
	<-done
	fmt.Println(strings.Join(log, "\n"))
}
