package main

import "fmt"

func main() {
	defer fmt.Println
	go func() {}
	defer recover()
	go int(5)
}
