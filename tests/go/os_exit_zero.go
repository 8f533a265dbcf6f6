package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("before")
	go func() {
		select {}
	}()
	os.Exit(0)
}
