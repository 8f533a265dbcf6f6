// +build linux darwin

package main
