package main

import (
	"fmt"
	"log"
)

func main() {
	log.SetFlags(0)
	fmt.Println("before")
	log.Panicln("giving up:", 42)
}
