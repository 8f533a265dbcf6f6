package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	defer wg.Done
	go fmt.Println
	defer recover()
	go func() {}
	defer int(3)
	go len("x")
	fmt.Println("ok")
}
