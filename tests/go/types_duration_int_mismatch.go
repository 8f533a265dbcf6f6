package main

import (
	"fmt"
	"time"
)

func main() {
	n := 3
	d := n * time.Second
	var secs float64 = 1.5
	e := time.Duration(secs) * time.Second
	f := secs * time.Second
	fmt.Println(d, e, f)
}
