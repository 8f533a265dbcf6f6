package main

import (
	"fmt"
	"time"
)

func main() {
	time.Sleep(100)
	time.Sleep(1.5)
	var d time.Duration = 2
	n := 3
	time.Sleep(n * time.Second)
	fmt.Println(d * time.Second, d * d)
}
