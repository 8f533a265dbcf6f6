package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(100 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 100*time.Millisecond, el.Round(100*time.Millisecond))
	deadline := start.Add(500 * time.Millisecond)
	fmt.Println(time.Until(deadline) > 0, deadline.After(start), start.Before(deadline), deadline.Sub(start))
	t := time.Now()
	time.Sleep(-1)
	time.Sleep(0)
	fmt.Println(time.Since(t) < 50*time.Millisecond)
}
