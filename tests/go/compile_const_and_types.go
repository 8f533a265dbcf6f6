package main

import (
	"fmt"
	"time"
)

const limit = 10

func wait(seconds int) {
	time.Sleep(seconds * time.Second)
}

func main() {
	limit = 20
	var b byte = 300
	var u uint = -1
	wait(1)
	fmt.Println(limit, b, u)
}
