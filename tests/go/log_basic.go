package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Println("hello", 1, 2)
	log.Printf("value=%d", 42)
	log.Print("no newline needed")
	log.SetPrefix("[app] ")
	log.Println("with prefix")
	fmt.Println(log.Prefix(), log.Flags())
	l := log.New(os.Stdout, "custom: ", log.Lmsgprefix)
	l.Println("msg")
	l.SetPrefix("p> ")
	l.Printf("x=%v", []int{1})
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicf("bad %d", 7)
	}()
	log.SetOutput(os.Stderr)
	log.Fatalln("fatal", "error")
}
