package main

import (
	"fmt"
	"strconv"
	"time"
)

type ID int

func find(id ID) string { return strconv.Itoa(int(id)) }

func main() {
	n := 5
	fmt.Println(find(n))
	var d time.Duration = 2
	secs := 3
	time.Sleep(d * secs)
	var f float32 = 1.5
	var g float64 = f
	s := string(65.0)
	b := []byte("x")
	fmt.Println(g, s, b == nil, b == []byte("x"))
}
